/** JSON paths as the messages print them: `layers[1].weights[0][2]`. */
export function key(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}
