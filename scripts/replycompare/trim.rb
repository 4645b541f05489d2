# Runs Discourse's email_reply_trimmer on every DIR/NAME.txt and writes
# DIR/NAME.trimmer.
#
#   ruby trim.rb DIR
require 'email_reply_trimmer'

dir = ARGV.fetch(0)
Dir.glob(File.join(dir, '*.txt')).sort.each do |path|
  text = File.read(path, encoding: 'UTF-8')
  out = EmailReplyTrimmer.trim(text) || ''
  File.write(path.sub(/\.txt\z/, '.trimmer'), out)
end
