/**
 * Moves the decimal point of a plain decimal string by `places` (negative = divide by 10^-places),
 * exactly, without going through floating point; scientific notation is written out in full: "39656817263.99633"
 * shifted by -6 is "39656.81726399633".
 */
export function shiftDecimal(value: string, places: number): string {
  // pandas writes tiny values in scientific notation ("9.6e-05"): the exponent is one more shift.
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(value);
  if (!match) throw new Error(`not a plain decimal: ${JSON.stringify(value)}`);
  const [, sign = "", intPart = "", fraction = "", exponent = "0"] = match;
  places += Number(exponent);
  let digits = intPart + fraction;
  let point = intPart.length + places;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + "0".repeat(point - digits.length);
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point).replace(/0+$/, "");
  const result = frac ? `${whole}.${frac}` : whole;
  return result === "0" ? "0" : sign + result;
}
