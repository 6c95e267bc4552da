import { parseCivilDate } from '../time/civil-date';
import { trajectoryWindow, type TrajectoryWindow } from '../trajectory/trajectory-window';

/** A 12-month trajectory covering all of 2024 (start 2024-01-01, last day 2024-12-31), for limit tests. */
export const trajectory2024: TrajectoryWindow = trajectoryWindow({
  startDate: parseCivilDate('2024-01-01'),
  extensionsGranted: 1,
  endedOn: null,
  pwaTransitional: null,
  interimWorkDates: [],
});

/** A trajectory that never ends in the tested range, to test the caps alone. */
export const longTrajectory: TrajectoryWindow = { ...trajectory2024, endDate: parseCivilDate('2099-12-31') };
