// invalid (constfn40): a trait impl's fns cannot be const (E0379)
trait T { fn f(&self) -> u32; }
struct S;
impl T for S {
    const fn f(&self) -> u32 { 1 } //~ ERROR [E0379] functions in trait impls cannot be declared const
}
