/** A command's way out: its name and the message on stderr, exit code 1. */
export function failFor(command: string): (message: string) => never {
  return (message) => {
    console.error(`${command}: ${message}`);
    process.exit(1);
  };
}
