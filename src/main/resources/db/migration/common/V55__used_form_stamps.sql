-- Question-form stamps already sent with a question: a stamp is good for one question only, on every instance.
-- Each is kept until its form would have expired anyway (app.questions.form-max-age).
create table used_form_stamp (
    stamp      varchar(100) not null primary key,
    expires_at timestamp with time zone not null
);
create index used_form_stamp_expiry on used_form_stamp (expires_at);
