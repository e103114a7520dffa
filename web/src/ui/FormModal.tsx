import { Button, Group, Modal, type ModalProps, Text } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState } from 'react';

interface FormModalProps extends ModalProps {
  /** The form has changes not yet saved (`useApiForm().dirty`): closing it asks before losing them. */
  dirty: boolean;
}

/** How a control inside the dialog asks to close it: at once when clean, after the question when dirty. */
const RequestCloseContext = createContext<() => void>(() => undefined);

/**
 * The dialog every form is filled in: a click outside a dirty form does nothing, and Escape, the
 * close button or Cancel ask "Discard your changes?" first (Keep editing / Discard). A clean form
 * closes at once. Focus goes back to the opener as long as the page keeps the dialog mounted and only
 * toggles `opened` (Mantine notes the opener when `opened` turns true, and gives focus back when it
 * turns false).
 */
export function FormModal({
  dirty,
  onClose,
  closeOnClickOutside = true,
  closeOnEscape = true,
  children,
  ...modalProps
}: FormModalProps) {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const keepEditing = () => setAsking(false);
  const discard = () => {
    setAsking(false);
    onClose();
  };

  return (
    <>
      <Modal
        {...modalProps}
        onClose={requestClose}
        closeOnClickOutside={closeOnClickOutside && !dirty}
        // While the question is asked, Escape answers it (Keep editing) and no more.
        closeOnEscape={closeOnEscape && !asking}
      >
        <RequestCloseContext value={requestClose}>{children}</RequestCloseContext>
      </Modal>
      <Modal
        opened={modalProps.opened && asking}
        onClose={keepEditing}
        title="Discard your changes?"
        size="sm"
        centered
        withCloseButton={false}
      >
        <Text size="sm">What you changed in this form has not been saved.</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={keepEditing} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" onClick={discard}>
            Discard
          </Button>
        </Group>
      </Modal>
    </>
  );
}

/** A form dialog's Cancel: closes it as its close button does, asking first when the form is dirty. */
function FormModalCancel() {
  const requestClose = useContext(RequestCloseContext);
  return (
    <Button variant="default" onClick={requestClose}>
      Cancel
    </Button>
  );
}

interface FormModalActionsProps {
  /** What the submit button says: "Create team", "Save changes". */
  submit: ReactNode;
  /** The form is being sent: the button spins and cannot be pressed twice. */
  pending: boolean;
}

/** A form dialog's last row: Cancel, then the form's submit button. */
export function FormModalActions({ submit, pending }: FormModalActionsProps) {
  return (
    <Group justify="flex-end">
      <FormModalCancel />
      <Button type="submit" loading={pending}>
        {submit}
      </Button>
    </Group>
  );
}
