import { useState } from 'react';
import { useT } from '../i18n/react';
import { searchToState, type KnownIds } from '../state/url';
import { unreadParams } from '../state/unreadParams';
import './faults.css';

/**
 * Says so when the link the page was opened with had parts it could not read: the page opens
 * with sane defaults for them, and the reader knows it is not the view that was shared.
 */
export function UrlNotice({ known }: { known: KnownIds }) {
  const t = useT();
  // Read once, before the page writes its own state into the address.
  const [unread, setUnread] = useState(() => unreadParams(location.search, searchToState(location.search, known)));
  if (unread.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>{t('harden.urlIgnored')}</p>
      <button type="button" onClick={() => setUnread([])}>
        {t('stories.dismiss')}
      </button>
    </div>
  );
}
