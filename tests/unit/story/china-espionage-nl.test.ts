import { describe, expect, it } from 'vitest';
import { realStory, sourceArticle } from '../fixtures';

/** The events of the research fact sheet (its "## " headings), all of which the story must tell. */
const FACT_SHEET_IDS = [
  'aivd-annual-report-2023-published',
  'aivd-quantum-store-now-decrypt-later-warning',
  'us-chinese-surveillance-balloon-2023',
  'dutch-police-cut-chinese-drone-use',
  'vlaskamp-intimidation-bomb-threat-the-hague',
  'volkskrant-discloses-vlaskamp-intimidation',
  'chimera-nxp-intrusion',
  'transavia-breach',
  'transavia-fox-it-investigation-eindhoven-ip',
  'nxp-tipped-off-breach-discovered',
  'nrc-reports-chimera-nxp-hack',
  'nxp-confirms-ip-theft',
  'chimera-taiwan-chipmakers',
  'coathanger-intrusion-defence-network',
  'mivd-aivd-coathanger-attribution',
  'nuctech-raid-rotterdam',
  'nuctech-raid-warsaw',
  'ec-statement-fsr-inspection',
  'us-blacklists-nuctech',
  'uk-charges-cash-berry',
  'germany-arrest-herwig-ina-f-duesseldorf',
  'germany-arrest-thomas-r-bad-homburg',
  'germany-arrest-jian-g-dresden',
  'karaskova-europe-shift-comment',
];

describe('china-espionage-nl.json', () => {
  const story = realStory();
  const article = sourceArticle();

  it('tells every event of the fact sheet', () => {
    expect(FACT_SHEET_IDS).toHaveLength(24);
    expect(FACT_SHEET_IDS.filter((id) => !story.byId.has(id))).toEqual([]);
  });

  it('quotes each passage verbatim from the article, "[...]" joining the parts', () => {
    const misquoted = story.events.flatMap((e) =>
      (e.passage ?? '')
        .split(' [...] ')
        .filter((part) => !article.includes(part))
        .map((part) => `${e.id}: "${part.slice(0, 60)}…"`),
    );
    expect(misquoted).toEqual([]);
  });

  it('backs every event with a source or says why it has none', () => {
    const unbacked = story.events.filter((e) => e.sources.length === 0 && !e.verificationNote).map((e) => e.id);
    expect(unbacked).toEqual([]);
  });

  it('explains every event that is not fully verified', () => {
    const unexplained = story.events.filter((e) => e.verification !== 'verified' && !e.verificationNote).map((e) => e.id);
    expect(unexplained).toEqual([]);
  });

  it('names only existing events in chapters and relations', () => {
    const chapterIds = story.chapters.flatMap((c) => c.events);
    const relationIds = story.relations.flatMap((r) => [r.from, r.to]);
    expect(chapterIds.length).toBeGreaterThan(0);
    expect([...chapterIds, ...relationIds].filter((id) => !story.byId.has(id))).toEqual([]);
  });
});
