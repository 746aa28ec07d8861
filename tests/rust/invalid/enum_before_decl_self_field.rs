// invalid (variant34): a struct variant in an impl before its enum, a field missing
impl E {
    fn unit() -> Self { Self::A }
    fn mk() -> Self { E::C { f: 1 } } //~ ERROR missing field `g` in initializer of `E`
}
enum E { A, C { f: u32, g: u32 } }
