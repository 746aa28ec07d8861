// invalid: a method of an impl block in a body reading a local of the fn around it (E0434, items30)
async fn outer(x: u32) -> u32 {
    struct S {
        a: u32,
    }
    impl S {
        fn get(&self) -> u32 {
            self.a + x //~ ERROR can't capture dynamic environment in a fn item
        }
    }
    S { a: 1 }.get()
}
