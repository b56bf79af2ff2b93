import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { BillDetails } from './bill';
import type { ContactEntry } from './contactLog';
import type { Sheet } from './income';
import type { LetterId } from './letters';

export type EditedLetters = Partial<Record<LetterId, string>>;

/** The toolkit's working state: in memory only, unless saved to a case file. */
interface Toolkit {
  log: ContactEntry[];
  setLog: (log: ContactEntry[]) => void;
  sheet: Sheet;
  setSheet: (sheet: Sheet) => void;
  bill: BillDetails;
  setBill: (bill: BillDetails) => void;
  /** Letters the advocate has changed, by letter: kept when another letter is chosen, and saved. */
  letters: EditedLetters;
  setLetters: (letters: EditedLetters) => void;
  /** The name the advocate gives the case: the case file is named after it. */
  label: string;
  setLabel: (label: string) => void;
}

const Context = createContext<Toolkit | null>(null);

export function ToolkitProvider({ children }: { children: ReactNode }) {
  const [log, setLog] = useState<ContactEntry[]>([]);
  const [sheet, setSheet] = useState<Sheet>({});
  const [bill, setBill] = useState<BillDetails>({});
  const [letters, setLetters] = useState<EditedLetters>({});
  const [label, setLabel] = useState('');
  const value = useMemo(() => ({ log, setLog, sheet, setSheet, bill, setBill, letters, setLetters, label, setLabel }), [log, sheet, bill, letters, label]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useToolkit(): Toolkit {
  const toolkit = useContext(Context);
  if (!toolkit) throw new Error('useToolkit needs a ToolkitProvider');
  return toolkit;
}
