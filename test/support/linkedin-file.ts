const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const given = ['Ada', 'José', 'Mei', 'Liam', 'Priya', 'Tomasz', 'Fatima', 'Jonas', 'Sofia', 'Kenji', 'Grace', 'Ngozi'];
const family = ['Okafor', 'Álvarez', 'Chen', "O'Brien", 'Raman', 'Wiśniewski', 'Al-Sayed', 'Berg', 'Rossi', 'Watanabe'];

/**
 * A LinkedIn Connections.csv with the current preamble and `rows` distinct people
 * (unique profile URLs and emails, quoted commas in some companies): the benchmark's
 * and the crash test's 50,000-row import.
 */
export function generateLinkedInCsv(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let index = 0; index < rows; index += 1) {
    const first = given[index % given.length];
    const last = `${family[Math.floor(index / given.length) % family.length]}${index}`;
    const email = index % 3 === 0 ? '' : `person${index}@example.com`;
    const company = index % 7 === 0 ? `"Company ${index % 500}, Ltd."` : `Company ${index % 500}`;
    const day = String((index % 28) + 1).padStart(2, '0');
    lines.push(
      `${first},${last},https://www.linkedin.com/in/person-${index},${email},${company},Engineer,${day} ${months[index % 12]} 20${10 + (index % 15)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
