// Placeholder while the screen is built.
export function VolunteerEditPage() {
  return <main />;
}
