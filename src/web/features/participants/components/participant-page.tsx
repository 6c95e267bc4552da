import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { SessionResponse } from '../../../../contracts/sessions';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { mayInvite } from '../../../../contracts/policies/invitations';
import { useParticipant } from '../api/participants';
import { AgreementSection } from './agreement-section';
import { CoachSection } from './coach-section';
import { ConsentsSection } from './consents-section';
import { DocumentsSection } from './documents-section';
import { EligibilitySection } from './eligibility-section';
import { HistorySection } from './history-section';
import { NotesSection } from './notes-section';
import { PortalSection } from './portal-section';
import { ProfileSection } from './profile-section';
import { TrajectorySection } from './trajectory-section';

const stateFlag = (state: unknown, flag: 'accepted' | 'rereferral' | 'saved'): boolean =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>)[flag] === true;

/** Everything about one wijk-werker; each section appears only for the roles that may see or do it. */
export const ParticipantPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const { participantId = '' } = useParams();
  const location = useLocation();
  const participant = useParticipant(participantId);
  const data = participant.data;
  const name = data ? `${data.firstName} ${data.lastName}` : '';
  const title = data ? name : t('participants.page.loadingTitle');
  const accepted = stateFlag(location.state, 'accepted');
  const saved = stateFlag(location.state, 'saved');
  const rereferral = stateFlag(location.state, 'rereferral');
  const role = session.role;

  return (
    <>
      <p>
        <Link to="/wijk-werkers">{t('participants.page.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <StatusMessage>
        {rereferral ? t('participants.page.rereferred') : accepted ? t('participants.page.accepted') : saved ? t('participants.page.saved') : null}
      </StatusMessage>
      {participant.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {participant.isError ? <ErrorAlert>{t(errorMessageKey(participant.error))}</ErrorAlert> : null}
      {data ? (
        <>
          <p>
            <span className={`status-tag status-tag--${data.status}`}>{t(`participantLabels.status.${data.status}`)}</span>
          </p>
          <div className="stack">
            {can(role, 'participants.eligibility') ? <EligibilitySection participantId={data.id} name={name} checkNow={accepted} /> : null}
            {can(role, 'participants.agreements.read') ? <AgreementSection participant={data} mayWrite={can(role, 'participants.update')} /> : null}
            <TrajectorySection
              participant={data}
              mayManage={can(role, 'participants.update')}
              mayEvaluate={can(role, 'trajectories.evaluate')}
              evaluatesOnBehalf={role !== 'counsellor'}
            />
            <ProfileSection participant={data} mayEdit={can(role, 'participants.update')} />
            {data.documents !== undefined && can(role, 'participants.documents.read') ? <DocumentsSection participant={data} /> : null}
            <ConsentsSection participant={data} mayWrite={can(role, 'participants.update')} />
            <NotesSection
              participant={data}
              mayWrite={can(role, 'participants.notes.write')}
              defaultVisibility={role === 'coordinator' ? 'staff' : 'shared_with_counsellor'}
            />
            {can(role, 'participants.update') && can(role, 'coaches.read') ? <CoachSection participant={data} /> : null}
            {can(role, 'invitations.portalAccount.read') ? <PortalSection participant={data} mayInvite={mayInvite(role, 'participant')} /> : null}
            {can(role, 'participants.history') ? <HistorySection participantId={data.id} /> : null}
          </div>
        </>
      ) : null}
    </>
  );
};
