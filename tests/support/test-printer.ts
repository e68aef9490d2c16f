import { afterAll, beforeAll } from 'vitest';
import { servePrintAssets } from '../../src/lib/print/print-assets.ts';
import { startPrinter, type Printer, type PrintTab } from '../../src/lib/print/printer.ts';

/**
 * The build's own printer for the tests of one `describe` block: started before them and closed
 * after. A document put in `documents` under a name is served with the print stylesheets and
 * fonts, and `open(name)` loads it in the printer's tab.
 */
export function usePrinter(chrome: string | undefined): { documents: Map<string, string>; open: (name: string) => Promise<PrintTab> } {
  const documents = new Map<string, string>();
  let printer: Printer | undefined;
  beforeAll(async () => {
    if (chrome) printer = await startPrinter(chrome, { print: servePrintAssets(documents) });
  });
  afterAll(async () => {
    await printer?.close();
  });
  return {
    documents,
    async open(name) {
      if (!printer) throw new Error('no browser to print with');
      const [tab] = printer.tabs;
      await tab!.open(`${printer.origins['print']}/doc/${name}.html`);
      return tab!;
    },
  };
}
