/**
 * The TeX of each formula in `scope` (a Playwright locator), in page order: from the data-tex of a
 * docs answer's display formula (wrapped, its pieces' annotations each hold only their own), and
 * from the annotation of any other.
 */
export const formulaTex = (scope) =>
  scope
    .locator('[data-tex], math')
    .evaluateAll((all) =>
      all
        .filter((e) => e.localName !== 'math' || !e.closest('[data-tex]'))
        .map((e) => e.dataset?.tex ?? e.querySelector('annotation')?.textContent ?? ''),
    );
