/** `what` ("the worked answer") opening a sentence. */
export const capitalized = (what: string): string => `${what[0]?.toUpperCase()}${what.slice(1)}`;

/** What to say where a part could not be loaded: in OnDemand, and where a widget loads code itself. */
export const couldNotLoad = (what: string): string =>
  `${capitalized(what)} could not be loaded: check the connection, then reload the page.`;
