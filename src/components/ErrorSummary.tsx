import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** GOV.UK error summary: listed at the top, links to the field, and takes focus itself. */
export function ErrorSummary({ message, fieldId }: { message: string; fieldId: string }) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(e) => {
              e.preventDefault();
              document.getElementById(fieldId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
