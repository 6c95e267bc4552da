import { useTranslation } from 'react-i18next';
import type { OpeningSlotInput } from '../../../../contracts/offices';
import { slotsOn, weekdayKey, weekdays } from '../utils/opening-hours';

type WeeklyHoursTableProps = { slots: readonly OpeningSlotInput[]; today: number };

export const WeeklyHoursTable = ({ slots, today }: WeeklyHoursTableProps) => {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <table className="hours-table">
      <caption>{t('offices.public.hoursCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('offices.public.day')}</th>
          <th scope="col">{t('offices.public.times')}</th>
        </tr>
      </thead>
      <tbody>
        {weekdays.map((weekday) => {
          const day = slotsOn(slots, weekday);
          const isToday = weekday === today;
          return (
            <tr key={weekday} className={isToday ? 'hours-table__today' : undefined}>
              <th scope="row">
                {t(weekdayKey(weekday))}
                {isToday ? <span className="badge">{t('offices.public.today')}</span> : null}
              </th>
              <td>
                {day.length === 0 ? t('offices.public.closed') : list.format(day.map((slot) => t('offices.public.slot', { opens: slot.opensAt, closes: slot.closesAt })))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
