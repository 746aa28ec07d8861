// invalid (constfn40): a trait's fns cannot be const (E0379)
trait T {
    const fn f(&self) -> u32; //~ ERROR [E0379] functions in traits cannot be declared const
}
