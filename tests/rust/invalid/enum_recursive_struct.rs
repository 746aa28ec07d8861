// invalid: an enum holding itself through a struct field and an array (E0072, reported at the first item of the cycle)
struct Node { kids: [Tree; 2], n: u32 } //~ ERROR infinite size
enum Tree { Leaf(u32), Branch(Node) }
fn f() -> u32 { 1 }
