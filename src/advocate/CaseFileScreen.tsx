import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import type { LanguageCode } from '../i18n/languages';
import { CaseFileControls } from './CaseFileControls';

interface Props {
  onClose: () => void;
  member: LanguageCode | null;
  onMemberChange: (member: LanguageCode | null) => void;
}

/** "Open a saved case", reached from the start page: the case opens where it was left. */
export function CaseFileScreen({ onClose, member, onMemberChange }: Props) {
  const { t } = useTranslation(['advocate', 'common']);
  const [opened, setOpened] = useState(false);
  return (
    <div className="toolkit">
      <button type="button" className="back-link" onClick={onClose}>
        {t('common:actions.back')}
      </button>
      <PageHeading>{t('file.openTitle')}</PageHeading>
      <p>{t('file.openIntro')}</p>
      <CaseFileControls member={member} onMemberChange={onMemberChange} openOnly onOpened={() => setOpened(true)} />
      {opened && (
        <button type="button" className="button" onClick={onClose}>
          {t('file.continue')}
        </button>
      )}
    </div>
  );
}
