// invalid: a char does not cast to bool (diag27)
fn f(c: char) -> bool {
    c as bool //~ ERROR [E0054] cannot cast `char` as `bool`
}
