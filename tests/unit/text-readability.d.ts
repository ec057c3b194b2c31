// The one function the unit tests use from text-readability (it ships no types).
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}
