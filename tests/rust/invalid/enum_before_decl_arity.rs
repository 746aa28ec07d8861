// invalid (variant34): a tuple variant before its enum's declaration, called with two values
fn f() -> E { E::B(1, 2) } //~ ERROR this enum variant takes 1 argument but 2 arguments were supplied
enum E { A, B(u32) }
