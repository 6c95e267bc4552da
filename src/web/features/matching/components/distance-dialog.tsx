import { useState } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setCandidateDistanceRequestSchema } from '../../../../contracts/matching';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSetCandidateDistance } from '../api/matching';

type DistanceDialogProps = { jobRequestId: string; participantId: string; name: string; initialKm: string; onClose: () => void };

// Staff type km the way they say them ("4,5"); the API takes whole metres.
const metresOf = (km: string): number => Math.round(Number(km.trim().replace(',', '.')) * 1000);

/** Staff's km for this participant's home and the place of work (decision 070): replaces the postcode estimate. */
export const DistanceDialog = ({ jobRequestId, participantId, name, initialKm, onClose }: DistanceDialogProps) => {
  const { t } = useTranslation();
  const save = useSetCandidateDistance(jobRequestId);
  const [km, setKm] = useState(initialKm);
  const form = useContractForm({
    schema: setCandidateDistanceRequestSchema,
    send: (body) => save.mutateAsync({ participantId, ...body }),
    onSuccess: onClose,
  });
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {t('matching.distance.title', { name })}
          </Heading>
          <p>{t('matching.distance.intro')}</p>
          <Form onSubmit={form.handleSubmit(() => ({ oneWayMetres: metresOf(km) }))} className="form" aria-label={t('matching.distance.title', { name })}>
            <TextField
              label={t('matching.distance.label')}
              description={t('matching.distance.hint')}
              value={km}
              onChange={setKm}
              inputMode="text"
              size="small"
              error={form.fieldErrors.oneWayMetres ? t('matching.distance.invalid') : undefined}
              isRequired
            />
            <FormFeedback feedback={form.feedback} />
            <div className="actions">
              <Button variant="secondary" onPress={onClose}>
                {t('matching.distance.cancel')}
              </Button>
              <Button type="submit">{form.isPending ? t('common.saving') : t('matching.distance.save')}</Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
};
