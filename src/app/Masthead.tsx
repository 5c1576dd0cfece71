import type { Ref } from 'react';
import type { Story } from '../story/model';
import { EmbedDialog } from '../embed/EmbedDialog';
import { ExportButton } from '../export/ExportButton';
import { DataExport, type DataExportProps } from '../export/DataExport';
import type { ExportInput } from '../export/composeImage';
import { StoriesMenu } from '../stories/StoriesMenu';
import { useEmbedSource } from '../stories/useSession';
import { useT } from '../i18n/react';
import type { Lang } from '../i18n';
import { LangSwitch } from './LangSwitch';

export interface MastheadProps {
  story: Story;
  /** The full explorer shows the standfirst and the tools; an embed shows only the title. */
  full: boolean;
  lang: Lang;
  onLang(lang: Lang): void;
  onPresent(): void;
  /** The Present button, which gets focus back when a presentation ends. */
  presentRef?: Ref<HTMLButtonElement>;
  getSearch(): string;
  getExportInput(): ExportInput;
  getSelection: DataExportProps['getSelection'];
}

export function Masthead({ story, full, lang, onLang, onPresent, presentRef, getSearch, getExportInput, getSelection }: MastheadProps) {
  const t = useT();
  const embedSource = useEmbedSource();
  return (
    <header className="masthead">
      <div className="masthead-text">
        <h1>{story.title}</h1>
        {full && story.standfirst && <p className="standfirst">{story.standfirst}</p>}
      </div>
      {full && (
        <div className="masthead-tools">
          {story.chapters.length > 0 && (
            <button type="button" onClick={onPresent} ref={presentRef}>
              {t('app.present')}
            </button>
          )}
          <StoriesMenu />
          <EmbedDialog title={story.title} getSearch={getSearch} {...embedSource} />
          <ExportButton getInput={getExportInput} fileName={`${story.id}.png`} />
          <DataExport getSelection={getSelection} />
          <LangSwitch lang={lang} onChange={onLang} />
        </div>
      )}
    </header>
  );
}
