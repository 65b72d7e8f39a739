// The volunteer list as an A4 document for print to PDF.
export function VolunteerListPrint() {
  return <main />;
}
