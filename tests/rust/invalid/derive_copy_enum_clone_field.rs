// invalid (clone39): Copy derived on an enum with a field of a Clone-only enum (E0204 at the enum's name)
#[derive(Clone)]
enum In { A(u32) }
#[derive(Clone, Copy)]
enum E { X(In), Y } //~ ERROR [E0204] the trait `Copy` cannot be implemented for this type
fn f(e: E) -> u32 {
    match e { E::X(_) => 0, E::Y => 1 }
}
