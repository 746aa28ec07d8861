// invalid: `break` inside an async block that sits in a loop
async fn f() {
    loop {
        async {
            break; //~ ERROR `break` inside `async` block
        }
        .await;
    }
}
