import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It takes focus when it appears, so keyboard and screen-reader users start
 * at the new question after every step, as GOV.UK pages do.
 */
export function PageHeading({ children, caption, focus = true }: { children: ReactNode; caption?: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1} className="heading">
        {children}
      </h1>
    </>
  );
}
