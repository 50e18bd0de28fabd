-- Sign-in back-off looks up the recent attempts of one account from one address.
CREATE INDEX "login_attempts_email_ip_at" ON "login_attempts" USING btree ("email","ip","at");
