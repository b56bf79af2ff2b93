import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ContactEntry } from './contactLog';
import type { SheetText } from './income';

/** The toolkit's working state: in memory only, unless saved to a case file. */
interface Toolkit {
  log: ContactEntry[];
  setLog: (log: ContactEntry[]) => void;
  sheet: SheetText;
  setSheet: (sheet: SheetText) => void;
}

const Context = createContext<Toolkit | null>(null);

export function ToolkitProvider({ children }: { children: ReactNode }) {
  const [log, setLog] = useState<ContactEntry[]>([]);
  const [sheet, setSheet] = useState<SheetText>({});
  const value = useMemo(() => ({ log, setLog, sheet, setSheet }), [log, sheet]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useToolkit(): Toolkit {
  const toolkit = useContext(Context);
  if (!toolkit) throw new Error('useToolkit needs a ToolkitProvider');
  return toolkit;
}
