/** A small deterministic PRNG (mulberry32), so the demo is the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const GIVEN_NAMES = [
  'Aisha', 'Ahmed', 'Ana', 'Bongani', 'Camille', 'Chen', 'Daniel', 'Dalia', 'Emeka', 'Fatima', 'Gabriel', 'Hana',
  'Ibrahim', 'Ingrid', 'Jamal', 'Joana', 'Kwame', 'Layla', 'Lucas', 'Mariam', 'Mateo', 'Nadia', 'Nikolai', 'Olga',
  'Omar', 'Priya', 'Rafael', 'Rania', 'Samuel', 'Sofia', 'Tariq', 'Thandiwe', 'Usman', 'Valentina', 'Wei', 'Yara',
  'Yusuf', 'Zainab', 'Moussa', 'Aminata', 'Pierre', 'Claire', 'Jean', 'Fatou', 'Ousmane', 'Mei', 'Hiroshi', 'Leila',
] as const;

export const FAMILY_NAMES = [
  'Abebe', 'Adeyemi', 'Alvarez', 'Bakari', 'Banda', 'Ba', 'Chowdhury', 'Costa', 'Da Silva', 'Diop', 'Dubois',
  'Eze', 'Fernandes', 'Garcia', 'Haddad', 'Hussein', 'Ibrahimovic', 'Jensen', 'Kamara', 'Khan', 'Kim', 'Koroma',
  'Lopez', 'Mahmoud', 'Mbeki', 'Moreau', 'Mwangi', 'Nakamura', 'Ndiaye', 'Nguyen', 'Novak', 'Okafor', 'Okonkwo',
  'Osei', 'Patel', 'Qureshi', 'Rahman', 'Rossi', 'Sall', 'Santos', 'Schmidt', 'Sesay', 'Silva', 'Tembo', 'Traoré',
  'Usman', 'Wang', 'Yilmaz', 'Zulu', 'Camara',
] as const;
