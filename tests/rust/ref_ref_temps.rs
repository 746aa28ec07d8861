// covers: `&&place` outside a `let` (refref33): as a call argument (the coercion's reborrow `&(*_3)` of the
// temporary `&&x`, both temporaries ending with the statement), as a method receiver `(&&s).m()` (autoderef
// twice, reborrowed) and a field base `(&&s).a`, in a fn and an async fn
struct S { a: u32 }
impl S { fn m(&self) -> u32 { self.a } }
fn two(r: &&u32) -> u32 { **r }
fn f(x: u32) -> u32 { let s = S { a: x }; two(&&x) + (&&s).m() + (&&s).a }
//@ args: g 4
async fn g(x: u32) -> u32 { let y = x; let t = two(&&y); yield_now().await; t + f(y) }
