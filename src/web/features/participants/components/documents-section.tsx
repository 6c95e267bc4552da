import { useId, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { documentMimeTypes, documentTypes, maxDocumentBytes, uploadDocumentRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatInstant } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { documentContentPath, useUploadDocument } from '../api/participants';
import { readFileAsBase64 } from '../utils/read-file';

type DocumentType = (typeof documentTypes)[number];

const isAllowedMimeType = (type: string): type is (typeof documentMimeTypes)[number] => documentMimeTypes.some((allowed) => allowed === type);

const sizeText = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Evidence: the medical adviser's permission (R3, with its validity), VDAB registration, the signed agreement, ID. */
export const DocumentsSection = ({ participant }: { participant: ParticipantDetail }) => {
  const { t, i18n } = useTranslation();
  const upload = useUploadDocument(participant.id);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<DocumentType | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const documents = participant.documents ?? [];
  const needsDates = type === 'medical_permission';
  const form = useContractForm({
    schema: uploadDocumentRequestSchema,
    send: (body) => upload.mutateAsync(body),
    successText: t('participants.documents.uploaded'),
    onSuccess: () => {
      setFile(null);
      setValidFrom('');
      setValidTo('');
      if (fileInput.current) fileInput.current.value = '';
    },
  });

  // The file is checked before it is read: the contract only sees its base64 content.
  const submit = async (formElement: HTMLFormElement) => {
    setFileError(undefined);
    if (!file) {
      setFileError(t('participants.documents.fileRequired'));
      return;
    }
    if (!isAllowedMimeType(file.type)) {
      setFileError(t('participants.documents.fileType'));
      return;
    }
    if (file.size > maxDocumentBytes) {
      setFileError(t('participants.documents.fileTooBig'));
      return;
    }
    const contentBase64 = await readFileAsBase64(file);
    const input = { type: type || undefined, fileName: file.name, mimeType: file.type, contentBase64, validFrom: validFrom || undefined, validTo: validTo || undefined };
    await form.submit(input, formElement);
  };

  return (
    <section aria-labelledby="documents-title" className="panel">
      <h2 id="documents-title">{t('participants.documents.title')}</h2>
      {documents.length === 0 ? <p>{t('participants.documents.none')}</p> : null}
      {documents.length > 0 ? (
        <ul className="record-list" aria-label={t('participants.documents.listLabel')}>
          {documents.map((document) => (
            <li key={document.id} className="record-list__item">
              <p>
                <strong>{t(`participantLabels.documentType.${document.type}`)}</strong> —{' '}
                <a href={documentContentPath(participant.id, document.id)} download={document.fileName}>
                  {t('participants.documents.download', { fileName: document.fileName })}
                </a>{' '}
                ({sizeText(document.sizeBytes)})
              </p>
              <p className="hint">
                {document.validFrom && document.validTo
                  ? t('participants.documents.validity', {
                      from: formatCivilDate(document.validFrom, i18n.language),
                      to: formatCivilDate(document.validTo, i18n.language),
                    })
                  : null}{' '}
                {t('participants.documents.uploadedAt', { when: formatInstant(document.uploadedAt, i18n.language) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
        className="form subpanel"
        aria-labelledby="upload-title"
      >
        <h3 id="upload-title">{t('participants.documents.uploadTitle')}</h3>
        <SelectField
          label={t('participants.documents.type')}
          value={type}
          options={documentTypes.map((value) => ({ value, label: t(`participantLabels.documentType.${value}`) }))}
          placeholder={t('common.choose')}
          onChange={setType}
          error={form.fieldErrors.type}
          isRequired
        />
        <div className="field field--large">
          <label htmlFor={fileId} className="field__label">
            {t('participants.documents.file')}
          </label>
          <span id={`${fileId}-hint`} className="field__description">
            {t('participants.documents.fileHint')}
          </span>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={documentMimeTypes.join(',')}
            className="field__input field__file"
            aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {fileError ? (
            <span id={`${fileId}-error`} className="field__error">
              {fileError}
            </span>
          ) : null}
        </div>
        <div className="form__row">
          <TextField
            label={needsDates ? t('participants.documents.validFrom') : t('participants.documents.validFromOptional')}
            type="date"
            size="medium"
            value={validFrom}
            onChange={setValidFrom}
            error={form.fieldErrors.validFrom}
            isRequired={needsDates}
          />
          <TextField
            label={needsDates ? t('participants.documents.validTo') : t('participants.documents.validToOptional')}
            type="date"
            size="medium"
            value={validTo}
            onChange={setValidTo}
            error={form.fieldErrors.validTo}
            isRequired={needsDates}
          />
        </div>
        {needsDates ? <p className="hint">{t('participants.documents.medicalHint')}</p> : null}
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('participants.documents.upload')}</Button>
      </Form>
    </section>
  );
};
