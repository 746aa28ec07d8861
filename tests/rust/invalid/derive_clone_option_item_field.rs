// invalid (clone39): Clone derived on an enum with a `Result<u8, [N; 1]>` field, N without Clone (rustc's
// E0277 at the field, naming N)
struct N { v: u32 }
#[derive(Clone)]
enum E { A(Result<u8, [N; 1]>), B } //~ ERROR [E0277] the trait bound `N: Clone` is not satisfied
fn f(e: E) -> u32 {
    match e { E::A(_) => 0, E::B => 1 }
}
