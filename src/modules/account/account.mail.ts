import { escapeHtml } from '../../platform/text.ts';
/** The words of account e-mails. Plain text first; the HTML part only adds a button. */
export function passwordResetMail(input: { name: string; link: string; minutes: number }) {
  return {
    subject: 'Reset your Rapport password',
    text: [
      `Hello ${input.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your Rapport account.',
      `Choose a new one here within ${input.minutes} minutes:`,
      '',
      input.link,
      '',
      'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ].join('\n'),
    html: page(`<p>Hello ${escapeHtml(input.name)},</p>
<p>Someone (hopefully you) asked to reset the password of your Rapport account.
Choose a new one within ${input.minutes} minutes:</p>
<p><a href="${escapeHtml(input.link)}">Choose a new password</a></p>
<p>If you did not ask for this, ignore this e-mail: your password stays as it is.</p>`),
  };
}

export function invitationMail(input: {
  name: string;
  inviter: string;
  workspace: string;
  link: string;
  days: number;
}) {
  return {
    subject: `${input.inviter} invited you to ${input.workspace} on Rapport`,
    text: [
      `Hello ${input.name},`,
      '',
      `${input.inviter} invited you to the workspace "${input.workspace}" on Rapport.`,
      `Choose your password here within ${input.days} days to join:`,
      '',
      input.link,
    ].join('\n'),
    html: page(`<p>Hello ${escapeHtml(input.name)},</p>
<p>${escapeHtml(input.inviter)} invited you to the workspace “${escapeHtml(input.workspace)}” on Rapport.</p>
<p><a href="${escapeHtml(input.link)}">Choose your password and join</a> (within ${input.days} days)</p>`),
  };
}

export function addedToWorkspaceMail(input: {
  name: string;
  inviter: string;
  workspace: string;
  link: string;
}) {
  return {
    subject: `${input.inviter} added you to ${input.workspace} on Rapport`,
    text: [
      `Hello ${input.name},`,
      '',
      `${input.inviter} added you to the workspace "${input.workspace}" on Rapport.`,
      `Sign in with your existing account to switch to it: ${input.link}`,
    ].join('\n'),
    html: page(`<p>Hello ${escapeHtml(input.name)},</p>
<p>${escapeHtml(input.inviter)} added you to the workspace “${escapeHtml(input.workspace)}” on Rapport.</p>
<p><a href="${escapeHtml(input.link)}">Sign in</a> with your existing account to switch to it.</p>`),
  };
}

function page(body: string): string {
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${body}</body></html>`;
}
