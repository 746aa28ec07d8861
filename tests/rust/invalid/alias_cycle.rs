// invalid: two type aliases naming each other
type A = B; //~ ERROR [E0391] cycle detected when expanding type alias `A`
type B = A;
fn f(_x: A) {}
