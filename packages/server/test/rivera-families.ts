// The seeded families of Ms. Rivera's students, each with their child: who books her times in the
// scheduling tests and in the booking race bench. No vitest here, so a bench may import it.
export const riveraFamilies = [
  ['per_garcia', 'stu_mateo'],
  ['per_alsayed_omar', 'stu_yusuf'],
  ['per_alsayed_huda', 'stu_yusuf'],
  ['per_johnson', 'stu_jaylen'],
  ['per_miller', 'stu_jaylen'],
  ['per_nguyen', 'stu_emma'],
  ['per_ramirez', 'stu_lucia'],
] as const;
