import { useTranslation } from 'react-i18next';
import type { BenefitStatus } from '../../../../contracts/participants';
import type { Referral, ReferralAdmissionContext } from '../../../../contracts/referrals';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { RuleReasons } from '../../../components/rule-reasons';
import { SelectField } from '../../../components/select-field';
import { describeFailure } from '../../../lib/describe-failure';
import type { RuleReasonView } from '../../../lib/rule-reasons';
import { useRefuseReferral } from '../api/referrals';

type RefusalPanelProps = {
  referral: Referral;
  reasons: readonly RuleReasonView[];
  postcode: string;
  benefitStatus: BenefitStatus | null;
};

/**
 * A rule refuses the intake (R1 domicile, R2 channel): said at once, on the step where it shows, with the way out.
 * Closing sends the facts, not a verdict: the server judges them again before the referral becomes "refused".
 */
export const RefusalPanel = ({ referral, reasons, postcode, benefitStatus }: RefusalPanelProps) => {
  const { t } = useTranslation();
  const close = useRefuseReferral(referral.id);
  const failure = close.isError ? describeFailure(close.error, t) : null;
  return (
    <ErrorAlert>
      <p>{t('intake.refusal.intro')}</p>
      <RuleReasons reasons={reasons} label={t('intake.review.reasonsLabel')} />
      <p>{t('intake.refusal.what')}</p>
      {failure ? <p>{failure.message}</p> : null}
      <Button
        variant="danger"
        onPress={() => {
          if (close.isPending) return;
          close.mutate({ version: referral.version, postcode: postcode.trim(), ...(benefitStatus ? { benefitStatus } : {}) });
        }}
      >
        {close.isPending ? t('intake.refusal.closing') : t('intake.refusal.close')}
      </Button>
    </ErrorAlert>
  );
};

type AreaMunicipalityProps = {
  warnings: readonly RuleReasonView[];
  area: ReferralAdmissionContext['area'];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
};

/** A domicile outside the area that the organiser accepts: the warning, and which municipality of the area applies (R1). */
export const AreaMunicipalityField = ({ warnings, area, value, onChange, error }: AreaMunicipalityProps) => {
  const { t } = useTranslation();
  return (
    <div className="message message--note">
      <RuleReasons reasons={warnings} label={t('intake.domicile.warningLabel')} tone="warning" />
      <SelectField
        label={t('intake.domicile.municipality')}
        description={t('intake.domicile.municipalityHint')}
        placeholder={t('intake.domicile.choosePlaceholder')}
        value={value}
        options={area.map((municipality) => ({ value: municipality.id, label: municipality.name }))}
        onChange={onChange}
        error={error}
        size="medium"
        isRequired
      />
    </div>
  );
};
