import { useMemo } from 'react';
import type { CurrentStory } from './session';
import type { Place } from './placeEvent';
import { eventsWithoutPlace } from './placeEvent';
import { reportFormatLine, reportSummary } from './report';
import { reportToCsv } from './reportCsv';
import { baseName, downloadText } from '../app/download';
import { ProblemGroups } from './ProblemGroups';
import { AmbiguousPlaces } from './AmbiguousPlaces';
import { NotOnMap } from './NotOnMap';
import { useT } from '../i18n/react';

export interface ReportViewProps {
  current: CurrentStory;
  onPlace(eventId: string, place: Place): void;
}

const nameOf = (current: CurrentStory) =>
  current.origin.kind === 'stored' || current.origin.kind === 'unsaved'
    ? current.origin.name
    : current.origin.kind === 'url'
      ? current.origin.url.split('/').pop() || 'story'
      : current.story.id;

/** What the import made of the file: the counts, every problem, and what the reader can fix here. */
export function ReportView({ current, onPlace }: ReportViewProps) {
  const { report, file } = current;
  const ambiguousIds = useMemo(() => new Set(report?.ambiguous.map((a) => a.eventId)), [report]);
  const unplaced = useMemo(() => (file ? eventsWithoutPlace(file).filter((e) => !ambiguousIds.has(e.id)) : []), [file, ambiguousIds]);
  const titles = useMemo(() => new Map(file?.events.map((e) => [e.id, e.title])), [file]);
  const base = baseName(nameOf(current));
  const t = useT();
  return (
    <div className="report">
      {report ? (
        <>
          <p className="report-summary">{reportSummary(report, t)}</p>
          <p className="hint">{reportFormatLine(report, t)}</p>
        </>
      ) : (
        <p>{t('stories.noReport')}</p>
      )}
      <div className="dialog-actions">
        {report && (
          <button type="button" onClick={() => downloadText(reportToCsv(report.problems, t), `${base}-report.csv`, 'text/csv;charset=utf-8')}>
            {t('stories.downloadReport')}
          </button>
        )}
        {file && (
          <button type="button" onClick={() => downloadText(`${JSON.stringify(file, null, 2)}\n`, `${base}.json`, 'application/json')}>
            {t('stories.saveJson')}
          </button>
        )}
      </div>
      {file && (
        <p className="hint">
          {t('stories.publishBefore')} <code>?data=</code> {t('stories.publishMiddle')} <code>?data={base}.json</code>.
        </p>
      )}
      {report && <AmbiguousPlaces ambiguous={report.ambiguous} titleOf={(id) => titles.get(id) ?? id} onPick={onPlace} />}
      <NotOnMap events={unplaced} onPlace={onPlace} />
      {report && (
        <section aria-labelledby="problems-heading">
          <h3 id="problems-heading">{t('stories.problems')}</h3>
          <ProblemGroups problems={report.problems} />
        </section>
      )}
    </div>
  );
}
