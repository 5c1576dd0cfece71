// The edtf package ships no types; this declares the part of its API we use.
declare module 'edtf' {
  interface ExtDateTimeBase {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly values: number[];
    readonly approximate?: unknown;
    readonly uncertain?: unknown;
  }
  export default function edtf(input: string): ExtDateTimeBase;
}
