import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './button';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  isPending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a destructive action; the safe answer comes first so a hasty Enter does no harm. */
export const ConfirmDialog = ({ isOpen, title, text, confirmLabel, cancelLabel, isPending, onConfirm, onCancel }: ConfirmDialogProps) => (
  <ModalOverlay
    isOpen={isOpen}
    onOpenChange={(open) => {
      if (!open) onCancel();
    }}
    isDismissable
    className="modal-overlay"
  >
    <Modal className="modal">
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title" className="dialog__title">
          {title}
        </Heading>
        <p>{text}</p>
        <div className="actions">
          <Button variant="secondary" onPress={onCancel} autoFocus>
            {cancelLabel}
          </Button>
          <Button
            variant="danger"
            onPress={() => {
              if (!isPending) onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </Dialog>
    </Modal>
  </ModalOverlay>
);
