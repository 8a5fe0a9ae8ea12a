export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>Nothing but the framework: the JavaScript every Next.js page ships.</p>
    </main>
  );
}
