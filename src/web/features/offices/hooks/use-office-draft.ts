import { useState } from 'react';
import type { Office } from '../../../../contracts/offices';

type DraftState<TSection, TDraft> = { version: number; baseline: TSection; draft: TDraft };

type DraftOptions<TSection, TDraft> = {
  /** The part of the office this form edits (details, hours). */
  pick: (office: Office) => TSection;
  toDraft: (section: TSection) => TDraft;
  /** Whether the person changed something compared with what the form started from. */
  isDirty: (draft: TDraft, baseline: TSection) => boolean;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form's working copy of one section of an office, tied to the office version it started from.
 * Details, hours and closures share one version: saving the hours must not throw away unsaved details, so a newer
 * version whose section is unchanged only moves the version on. A newer version that did change the section replaces
 * an untouched form, and leaves an edited one alone so its save meets a 409 and the person is told.
 */
export const useOfficeDraft = <TSection, TDraft>(office: Office, { pick, toDraft, isDirty }: DraftOptions<TSection, TDraft>) => {
  const start = (source: Office): DraftState<TSection, TDraft> => ({
    version: source.version,
    baseline: pick(source),
    draft: toDraft(pick(source)),
  });
  const [state, setState] = useState(() => start(office));

  if (office.version > state.version) {
    const section = pick(office);
    if (sameJson(section, state.baseline)) setState({ ...state, version: office.version });
    else if (!isDirty(state.draft, state.baseline)) setState(start(office));
  }

  return {
    version: state.version,
    draft: state.draft,
    setDraft: (update: (draft: TDraft) => TDraft) => setState((current) => ({ ...current, draft: update(current.draft) })),
    reset: (source: Office) => setState(start(source)),
  };
};
