import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import type { linkProblemOf } from '../api/one-time-links';

type LinkProblemProps = { problem: NonNullable<ReturnType<typeof linkProblemOf>>; purpose: 'invitation' | 'passwordReset' };

/** A link that cannot be used says why in plain words and what to do next; nothing was changed (decision 215). */
export const LinkProblem = ({ problem, purpose }: LinkProblemProps) => {
  const { t } = useTranslation();
  const title = t(`links.problem.${problem}.title`);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t(`links.problem.${problem}.text`)}</p>
      <p>{t('links.problem.nothingChanged')}</p>
      {purpose === 'invitation' ? (
        <p>{t('links.problem.askNewInvitation')}</p>
      ) : (
        <p>
          <Link to="/wachtwoord-vergeten">{t('links.problem.askNewReset')}</Link>
        </p>
      )}
      <p>
        <Link to="/aanmelden">{t('links.toLogin')}</Link>
      </p>
    </>
  );
};
