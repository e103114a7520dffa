import net from 'node:net';

/**
 * Tests talk to loopback only (their own server, database, SMTP server). Any other outbound
 * connection is a bug in the code or the test, and fails loudly here.
 */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const original = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = (Array.isArray(first) ? first[0] : first) as
    | { host?: string; path?: string; port?: number }
    | number;
  const host =
    typeof options === 'object' && options !== null
      ? options.path
        ? 'localhost'
        : (options.host ?? 'localhost')
      : typeof args[1] === 'string'
        ? args[1]
        : 'localhost';
  if (!LOOPBACK.test(host)) throw new Error(`test tried to reach ${host}: only loopback is allowed in tests`);
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
