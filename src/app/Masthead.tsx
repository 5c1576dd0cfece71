import type { Ref } from 'react';
import type { Story } from '../story/model';
import { EmbedDialog } from '../embed/EmbedDialog';
import { ExportButton } from '../export/ExportButton';
import type { ExportInput } from '../export/composeImage';

export interface MastheadProps {
  story: Story;
  /** The full explorer shows the standfirst and the tools; an embed shows only the title. */
  full: boolean;
  onPresent(): void;
  /** The Present button, which gets focus back when a presentation ends. */
  presentRef?: Ref<HTMLButtonElement>;
  getSearch(): string;
  getExportInput(): ExportInput;
}

export function Masthead({ story, full, onPresent, presentRef, getSearch, getExportInput }: MastheadProps) {
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
              Present
            </button>
          )}
          <EmbedDialog title={story.title} getSearch={getSearch} />
          <ExportButton getInput={getExportInput} fileName={`${story.id}.png`} />
        </div>
      )}
    </header>
  );
}
