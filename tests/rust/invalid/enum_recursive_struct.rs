// invalid: an enum holding itself through a struct field and an array (E0072)
struct Node { kids: [Tree; 2], n: u32 }
enum Tree { Leaf(u32), Branch(Node) } //~ ERROR recursive type `Tree` has infinite size
fn f() -> u32 { 1 }
