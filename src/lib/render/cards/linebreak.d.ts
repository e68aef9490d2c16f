/** linebreak ships no types: the calls Cairn makes, as its README documents them. */
declare module 'linebreak' {
  export interface Break {
    /** The index in the text at which a line may (or, when required, must) break. */
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
